/** The permissions of opora-patronage and the demo school's roles that hold them by default. */
package org.opora.patronage.impl.internal.security;
