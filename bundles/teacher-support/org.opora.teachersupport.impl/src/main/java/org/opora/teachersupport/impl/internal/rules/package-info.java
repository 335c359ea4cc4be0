/** The rules of regulation 004 as small classes, each naming the clause it enforces and unit-tested. */
package org.opora.teachersupport.impl.internal.rules;
