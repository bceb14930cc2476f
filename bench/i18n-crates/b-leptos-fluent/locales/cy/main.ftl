title = Cwis gyrfaoedd
intro = Atebwch ychydig o gwestiynau i ddod o hyd i yrfa sy'n addas i chi.
start = Dechrau'r cwis
next = Cwestiwn nesaf
back = Yn ôl
increment = Ychwanegu un
results = Eich canlyniadau
restart = Dechrau eto
switch-language = English
items = { $count ->
    [zero] Does gennych chi ddim atebion
    [one] Mae gennych chi { $count } ateb
    [two] Mae gennych chi { $count } ateb (deuol)
    [few] Mae gennych chi { $count } ateb (ychydig)
    [many] Mae gennych chi { $count } ateb (llawer)
   *[other] Mae gennych chi { $count } o atebion
}
