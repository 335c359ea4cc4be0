/** "My duties" of the patronage. */
package org.opora.patronage.impl.internal.duty;
