/** The director's administrative meetings on the results of the patronage, their minutes and the printed form. */
package org.opora.patronage.impl.internal.meeting;
