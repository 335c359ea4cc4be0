/** The справки for КДН и ЗП with their registration and printed form, and court representation. */
package org.opora.patronage.impl.internal.legal;
