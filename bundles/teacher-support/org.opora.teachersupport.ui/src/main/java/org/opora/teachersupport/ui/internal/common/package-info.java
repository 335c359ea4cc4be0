/** What the teacher-support views share: routes, labels of the module's values, small widgets. */
package org.opora.teachersupport.ui.internal.common;
