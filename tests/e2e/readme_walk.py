#!/usr/bin/env python3
"""The README walkthrough ("Five minutes as the client admin" and the weekly risk routine,
two blocks; "Fixing mistakes", one more) as one bash script, for e2e.readme and
e2e.readme_zh: every command as written, `less` as `cat`, and `pmadmin check` keeping its
output in check.txt (shown when it fails).

--chinese: as a Chinese admin runs it: `init` on the software-zh template, and Chinese
typed where the README types English text (IDs and pinyin names stay).

Usage: readme_walk.py README.md [--chinese] > walk.sh"""
import re
import sys

CHINESE = {
    '"ACME website"': '"ACME 官网"', '"ACME Corp"': '"ACME 公司"',
    '"Homepage prototype"': '"首页原型"', '"two more page types"': '"增加两种页面类型"',
    '"Workshop"': '"需求研讨会"', '"Design, 7 days"': '"设计，7 天"',
    '"Released to labour"': '"转给人力"', '"Two more page types"': '"增加两种页面类型"',
    '"Project plan"': '"项目计划"', '"Week 4"': '"第 4 周"',
    '"Payment provider certification slips"': '"支付服务商认证延期"',
    '"Provider postponed the audit"': '"服务商推迟了审核"', '"Book the audit slot now"': '"立即预约审核时间"',
    '"Audit passed"': '"审核已通过"', '"Home and product pages"': '"首页和产品页"',
    '"needs the hosting first"': '"需要先准备主机"', '"waiting for the logo"': '"等待标志设计"',
    '"added twice"': '"重复添加"',
}


def main(readme, chinese):
    text = open(readme, encoding="utf-8").read()
    start = text.index("## Five minutes as the client admin")
    end = text.index("\n## ", text.index("## Fixing mistakes"))
    blocks = re.findall(r"```sh\n(.*?)```", text[start:end], re.S)
    assert len(blocks) == 4, "the walkthrough has two shell blocks, the risk routine one, fixing mistakes one"
    print("set -euo pipefail")
    for block in blocks:
        for line in block.replace("\\\n", " ").splitlines():
            if chinese:
                for en, zh in CHINESE.items():
                    line = line.replace(en, zh)
                if line.startswith("pmadmin init acme-site "):
                    line = line.replace("pmadmin init acme-site ", "pmadmin init acme-site --template software-zh ")
            if line.startswith("less "):
                line = "cat" + line[4:]
            elif line.startswith("pmadmin check "):
                line = "pmadmin check > check.txt || { cat check.txt; exit 1; }"
            print(line)


if __name__ == "__main__":
    main(sys.argv[1], "--chinese" in sys.argv[2:])
