/** The demo methodological support of the feature opora-demo: never part of a real installation. */
package org.opora.teachersupport.demo.internal;
