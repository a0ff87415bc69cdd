/** Screenshots and pixel reading for the UI tests of every Tandem window (tests only, never shipped). */
package tandem.ui.testsupport;
