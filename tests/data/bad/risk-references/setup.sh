# the project lists its risk categories, so an unknown one is refused
printf "risk-categories: [technical, vendor, schedule, resource]\n" >> pmadmin.yaml
