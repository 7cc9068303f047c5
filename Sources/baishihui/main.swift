print("baishihui")
