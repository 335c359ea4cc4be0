/** The support programmes as records related to a patronage case; nothing here is exported. */
package org.opora.patronage.programmes.internal;
