/**
 * The consilium's rules, one small class per rule of regulation 002 (and of the school's settings): pure code
 * without OSGi or persistence, unit-tested, called from the services.
 */
package org.opora.consilium.impl.internal.rules;
