{ printf "id: t-2\ntitle: big\nnotes: \""; head -c 1100000 /dev/zero | tr "\\0" a; printf "\"\n"; } > tasks/t-2.yaml
