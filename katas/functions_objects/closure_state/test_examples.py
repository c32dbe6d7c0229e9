import pytest

from .account import make_account


def test_an_account_keeps_its_balance_and_history():
    account = make_account(100)
    assert account.deposit(50) == 150
    assert account.withdraw(30) == 120
    assert account.balance() == 120
    assert account.history() == [50, -30]


def test_an_overdraft_is_refused_and_changes_nothing():
    account = make_account(20)
    with pytest.raises(ValueError):
        account.withdraw(25)
    assert account.balance() == 20
    assert account.history() == []


def test_opening_a_second_account_leaves_the_first_ones_money_alone():
    first = make_account(100)
    make_account()
    assert first.balance() == 100
    assert first.withdraw(30) == 70


def test_two_accounts_keep_their_own_balances():
    alice, bob = make_account(10), make_account(500)
    alice.deposit(5)
    bob.withdraw(200)
    alice.withdraw(15)
    assert (alice.balance(), bob.balance()) == (0, 300)
