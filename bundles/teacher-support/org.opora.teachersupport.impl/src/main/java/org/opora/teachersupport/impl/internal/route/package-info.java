/** The individual professional route and its checkpoints (regulation 004, 3.1 and 3.2). */
package org.opora.teachersupport.impl.internal.route;
