/** The patronage's caller, unit and people: the core's support classes bound to this module. */
package org.opora.patronage.impl.internal.support;
