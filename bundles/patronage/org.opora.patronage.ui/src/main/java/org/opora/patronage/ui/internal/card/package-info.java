/**
 * The pupil card's patronage tab: the pupil's cases, opening those the user may read and showing only the existence
 * and the curators of the others.
 */
package org.opora.patronage.ui.internal.card;
