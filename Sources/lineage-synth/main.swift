print("lineage-synth: not built yet")
