import AppRuntime

BaishihuiCommand.main()
