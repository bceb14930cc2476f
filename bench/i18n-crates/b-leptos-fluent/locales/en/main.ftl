title = Career quiz
intro = Answer a few questions to find a career that suits you.
start = Start the quiz
next = Next question
back = Back
increment = Add one
results = Your results
restart = Start again
switch-language = Cymraeg
items = { $count ->
    [one] You have { $count } answer
   *[other] You have { $count } answers
}
