/**
 * {@link tandem.runtime.core.RuntimeNode} runs one project on one node, headless: drivers, process image, alarm
 * engine, archives, CEL, recipes and users on an H2 history.
 */
package tandem.runtime.core;
