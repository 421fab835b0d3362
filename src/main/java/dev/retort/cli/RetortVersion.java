package dev.retort.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class RetortVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RetortVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Retort " + (version == null ? "development build" : version)};
    }
}
