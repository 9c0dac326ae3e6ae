mkdir tasks/t-2.yaml
