/** The certificates (spravki) for KDN i ZP with their registration and printed form, and court representation. */
package org.opora.patronage.impl.internal.legal;
