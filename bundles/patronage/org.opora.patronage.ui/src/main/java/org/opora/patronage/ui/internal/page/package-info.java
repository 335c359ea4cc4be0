/**
 * One patronage case ({@code patronage/case/<id>}): the header with the keeper's actions, and the tabs curators (by
 * the director's order, with their history), micro-team and specialists, the curator's work plan, contacts with
 * the interactions with outside agencies, and the curators' reports.
 */
package org.opora.patronage.ui.internal.page;
