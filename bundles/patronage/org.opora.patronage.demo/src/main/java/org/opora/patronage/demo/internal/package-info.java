/** The demo patronage of the feature opora-demo: never part of a real installation. */
package org.opora.patronage.demo.internal;
