/**
 * The pupil card's programmes tab: the pupil's support programmes, opening those whose content the user may read and
 * naming only the state, period and curator of the others.
 */
package org.opora.programmes.ui.internal.card;
