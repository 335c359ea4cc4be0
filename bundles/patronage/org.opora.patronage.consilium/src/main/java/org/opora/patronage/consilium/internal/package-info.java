/** The consilium's protocols as records related to a patronage case; nothing here is exported. */
package org.opora.patronage.consilium.internal;
