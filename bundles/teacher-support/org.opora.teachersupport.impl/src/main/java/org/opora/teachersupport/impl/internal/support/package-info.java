/** The teacher support's caller, unit and people: the core's support classes bound to this module. */
package org.opora.teachersupport.impl.internal.support;
