/** The general conclusion on the results of the support (regulation 004, 5.3 and 5.4). */
package org.opora.teachersupport.impl.internal.conclusion;
