/** The consilium's views; nothing here is exported. */
package org.opora.consilium.ui.internal;
