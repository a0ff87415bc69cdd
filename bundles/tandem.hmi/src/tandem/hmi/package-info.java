/**
 * What to draw for a screen, given the plant's current values, their qualities and the active alarms: a pure,
 * display-free presentation that the SWT painters, the studio preview and tests share. {@link tandem.hmi.ScreenPresenter}
 * turns a {@link tandem.model.Screen} and a {@link tandem.hmi.PlantSnapshot} into a {@link tandem.hmi.ScreenPicture},
 * once per batch of value changes.
 */
package tandem.hmi;
