package no.klimanett.ghg;

/** The IPCC assessment report whose 100-year global warming potentials convert gases to CO2e. */
public enum GwpSet { AR5, AR6 }
