mkfifo tasks/t-2.yaml
