/**
 * A test-only module bundle, never shipped: {@code ModuleLifecycleIT} packs these classes with TinyBundles and
 * installs them into the distribution. It contributes a view, a permission and a persistence unit exactly as a
 * real module does; being a test fixture, it registers its services from an activator instead of DS.
 */
package org.opora.itest.module;
