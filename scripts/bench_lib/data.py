"""Generated input files for the benchmarks: staff, a policy library, a reception log and visits.

Fictional, deterministic (a fixed seed), and shaped like a committee's records: names from
common surnames, rooms like 12号301室, questions that name the library's items. Every timestamp
is in the past, as the imports require.
"""
import datetime as dt
import random

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "秀英桂兰建国明华伟芳敏静丽强磊军洋勇艳杰娟涛超霞平刚玉萍红梅文辉鹏飞海燕志宏金凤德胜淑珍春花国庆丽娟晓东雪琴"
SUBJECTS = ["老年人", "高龄老人", "残疾人", "低保家庭", "困难家庭", "独生子女家庭", "退役军人", "失业人员", "新生儿",
            "孕产妇", "来沪人员", "独居老人", "重残无业人员", "优抚对象", "特困人员", "灵活就业人员", "未成年人",
            "失独家庭", "纯老家庭", "社区居民"]
MATTERS = ["补贴申请", "资格认定", "证件办理", "信息变更", "待遇核定", "救助申请", "登记备案", "年度审核",
           "费用减免", "服务预约", "证明开具", "政策咨询", "就业援助", "住房保障", "医疗报销", "护理评估",
           "助餐服务", "居家照护", "法律援助", "心理疏导"]
MODES = ["", "（续办）", "（补办）", "（跨区）", "（网上办理）"]
LINES = ["社会救助", "老龄", "残疾人", "民政", "就业", "住房保障", "医疗保障", "退役军人服务", "计划生育", "司法"]
DEPARTMENTS = ["街道社区事务受理服务中心", "区民政局", "区人社局", "区医保局", "区残联", "区退役军人事务局", "街道司法所"]


def policy_titles(count):
    """`count` distinct titles (at most 2,000), subject × matter × mode."""
    titles = [s + m + mode for mode in MODES for s in SUBJECTS for m in MATTERS]
    return titles[:count]


def policies_toml(count):
    """A policy library of `count` items in the TOML the program imports (`import policies`)."""
    rng = random.Random(11)
    out = ["# 基准测试用的虚构政策库（scripts/bench 生成）\n"]
    for i, title in enumerate(policy_titles(count)):
        line = LINES[i % len(LINES)]
        dept = rng.choice(DEPARTMENTS)
        out.append(f'''[[item]]
title = "{title}"
line = "{line}"
eligibility = "符合本市{line}政策规定的{title[:3]}，经居委会初步了解情况后可申请。"
materials = ["身份证、户口簿", "相关证明材料", "申请表"]
procedure = ["居委会初步了解情况并指导填表", "向{dept}提交申请", "审核后告知结果"]
legal_basis = "《上海市{line}办法》（示意）"
department = "{dept}"
location = "{dept}一楼综合窗口"
checked = 2025-03-01
sample = true

''')
    return "".join(out)


def names(rng, count):
    return [rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice([1, 2]))) for _ in range(count)]


def room(rng):
    return f"{rng.randint(1, 60)}号{rng.randint(1, 6)}{rng.randint(0, 2)}{rng.randint(1, 4)}室"


def staff_csv(workers):
    """The staff file (`import staff`): each worker 社工 in a zone."""
    return "姓名,角色,片区\n" + "".join(f"{w},社工,{i % 4 + 1}片\n" for i, w in enumerate(workers))


def times(rng, count, days, end):
    """`count` office-hours times over the `days` days before `end`, oldest first."""
    out = []
    for _ in range(count):
        day = end - dt.timedelta(days=rng.randint(1, days))
        out.append(dt.datetime(day.year, day.month, day.day, rng.randint(8, 17), rng.randint(0, 59)))
    return sorted(out)


def receptions_csv(count, workers, days, end, seed=4):
    """A reception log (`import receptions`) of `count` records over `days` days."""
    rng = random.Random(seed)
    titles = policy_titles(2000)
    residents = names(rng, 3000)
    outcomes = ["当场办结"] * 6 + ["转办"] * 2 + ["预约", "待回复"]
    rows = ["接待时间,接待人,来访居民姓名,楼室号,联系电话,事项类别,咨询内容,办理情况,办理结果,居民签字\n"]
    for at in times(rng, count, days, end):
        title = rng.choice(titles)
        rows.append(f"{at:%Y-%m-%d %H:%M},{rng.choice(workers)},{rng.choice(residents)},{room(rng)},"
                    f"13{rng.randint(100000000, 999999999)},{rng.choice(LINES)},咨询{title}的条件和材料,"
                    f"讲解{title}的办理流程并发放告知单,{rng.choice(outcomes)},{'是' if rng.random() < 0.8 else '否'}\n")
    return "".join(rows)


def visits_csv(count, workers, days, end, seed=2):
    """A visit list (`import visits --add-households`) of `count` visits over `days` days."""
    rng = random.Random(seed)
    residents = names(rng, 2000)
    kinds = ["一般走访"] * 6 + ["特殊对象走访"] * 3 + ["条线走访"]
    rows = ["走访时间,走访人,走访居民姓名,楼室号,家庭成员情况,走访事由,困难或诉求,备注,走访类型\n"]
    for at in times(rng, count, days, end):
        rows.append(f"{at:%Y-%m-%d %H:%M},{rng.choice(workers)},{rng.choice(residents)},{room(rng)},"
                    f"{rng.choice(['独居', '老两口', '三口之家', '与子女同住'])},了解近况,"
                    f"{rng.choice(['', '', '', '需要代购药品', '楼道灯坏了'])},,{rng.choice(kinds)}\n")
    return "".join(rows)
