/**
 * What the programmes' views share: routes and links, the labels of states, steps and configured lists, the
 * restriction mark every screen shows, the dialog that asks for one date, and the parents' answer with the choice
 * of the representative, for programmes and individual plans alike.
 */
package org.opora.programmes.ui.internal.common;
