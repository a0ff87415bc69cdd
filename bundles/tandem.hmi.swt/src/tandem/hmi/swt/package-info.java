/**
 * Operator screens on SWT: {@link tandem.hmi.swt.ScreenCanvas} paints a {@link tandem.model.Screen} with the
 * values of a {@link tandem.hmi.PlantSnapshot} and hands button presses to {@link tandem.hmi.swt.ScreenActions}.
 * Shared by the operator client, the studio's preview and its screen editor; free of operator-client code.
 */
package tandem.hmi.swt;
