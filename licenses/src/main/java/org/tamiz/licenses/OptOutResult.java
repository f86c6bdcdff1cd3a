package org.tamiz.licenses;

import java.io.Serializable;
import java.util.List;

/**
 * The opt-out decision for one document.
 *
 * @param tdmReserved      a text-and-data-mining reservation applies (some signal with {@code reserves} fired)
 * @param signals          every raw signal found, reserving or not (the CONTRACT's {@code tdm_signals})
 * @param disallowedAgents the configured AI agents that robots.txt disallows for this URL, in config order
 * @param tdmPolicy        the TDMRep {@code tdm-policy} URL in force when TDMRep reserves, else null
 * @param policyVersion    the version of the opt-out policy that made the decision (config {@code policy_version})
 */
public record OptOutResult(boolean tdmReserved, List<OptOutSignal> signals, List<String> disallowedAgents,
                           String tdmPolicy, String policyVersion) implements Serializable {
    public OptOutResult {
        signals = signals == null ? List.of() : List.copyOf(signals);
        disallowedAgents = disallowedAgents == null ? List.of() : List.copyOf(disallowedAgents);
    }
}
