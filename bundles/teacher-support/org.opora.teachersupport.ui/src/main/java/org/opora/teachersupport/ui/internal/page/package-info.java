/**
 * The page of one support record: the header with the opening record, and the tabs problems, diagnosis, the
 * individual route with its checkpoints, the help given, the evidence and the general conclusion.
 */
package org.opora.teachersupport.ui.internal.page;
