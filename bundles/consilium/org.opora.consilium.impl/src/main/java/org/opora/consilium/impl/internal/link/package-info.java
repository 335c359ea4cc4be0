/** What other modules use of the consilium: finalised protocols, cited and read (regulation 002, the IPS form). */
package org.opora.consilium.impl.internal.link;
