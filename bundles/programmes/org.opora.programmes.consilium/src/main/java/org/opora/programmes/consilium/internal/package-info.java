/** The consilium's agenda source and protocol listener for support programmes; nothing here is exported. */
package org.opora.programmes.consilium.internal;
