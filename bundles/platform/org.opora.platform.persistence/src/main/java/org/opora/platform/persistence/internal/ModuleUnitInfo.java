package org.opora.platform.persistence.internal;

import java.net.URL;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

/**
 * A resource-local persistence unit of a module on the platform's DataSource; its root is the module bundle's root
 * entry, or a class-path directory outside OSGi.
 */
final class ModuleUnitInfo implements PersistenceUnitInfo {

    private final URL root;
    private final UnitDescriptor unit;
    private final DataSource dataSource;
    private final ClassLoader loader;

    ModuleUnitInfo(URL root, UnitDescriptor unit, DataSource dataSource, ClassLoader loader) {
        this.root = root;
        this.unit = unit;
        this.dataSource = dataSource;
        this.loader = loader;
    }

    @Override
    public String getPersistenceUnitName() {
        return unit.name();
    }

    @Override
    public String getPersistenceProviderClassName() {
        return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return unit.mappingFiles();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return root;
    }

    @Override
    public List<String> getManagedClassNames() {
        return unit.classes();
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.UNSPECIFIED;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return unit.properties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return loader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // entities are not woven (see UnitFactory); no run-time weaving
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return loader;
    }
}
