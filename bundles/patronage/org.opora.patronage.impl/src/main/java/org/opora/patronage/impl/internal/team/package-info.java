/** The people of a case: curators by the director's order, the micro-team and the specialists involved. */
package org.opora.patronage.impl.internal.team;
