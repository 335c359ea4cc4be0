/**
 * The director's administrative meetings on the results of the patronage (regulation 003 section 3.1): the list,
 * the meeting's page with the cases discussed, the curators' reports and the decisions, and the printed minutes.
 */
package org.opora.patronage.ui.internal.meeting;
