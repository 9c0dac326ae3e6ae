mv tasks real-tasks && ln -s real-tasks tasks
