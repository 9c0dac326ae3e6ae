ln -s ../people/bob.yaml tasks/t-2.yaml
