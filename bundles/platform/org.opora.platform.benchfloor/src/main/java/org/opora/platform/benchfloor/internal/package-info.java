/**
 * The load benchmark's floor: two bare views, {@code bench/floor} and {@code bench/floor2}, that Vaadin serves
 * inside the same distribution and the same frame as Opora's views but with no service and no database behind them.
 * Nothing is exported; the bundle is in no feature and reaches a distribution only when
 * {@code karaf-assembly/src/bench/load.sh} drops it into {@code deploy/}.
 */
package org.opora.platform.benchfloor.internal;
