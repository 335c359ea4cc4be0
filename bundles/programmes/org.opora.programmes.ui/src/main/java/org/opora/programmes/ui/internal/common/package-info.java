/**
 * What the programmes' views share: routes and links, the labels of states, steps and configured lists, the
 * restriction mark every screen shows, and the dialog that asks for one date.
 */
package org.opora.programmes.ui.internal.common;
