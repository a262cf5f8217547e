"""Attribution (invented text): an outlet credited with the story after it or in an "as" aside ("…, the Daily Courier
reports", "As the Daily Courier reported, …") is where the article took the story from, not a body acting in it: a
later "the company said" is a body of the story (GUIDE decision 4). A body that reports in front of its own content
("Kestrel reported that its sales rose") stays the one "the company" means next."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel raised its fares during the storm, the Daily Courier reported. The company said the higher fares would "
        "bring more drivers.",
        "As the Daily Courier reported, Kestrel raised its fares. The company said the higher fares would bring more drivers.",
    ],
)
def test_the_company_is_not_the_outlet_that_reported_the_story(text):
    assert attributions(text)[-1] == ("Kestrel", "said")


def test_a_body_reporting_its_own_results_stays_the_company():
    text = "Kestrel reported that its sales rose by a tenth. The company said the rise came from new stores."
    assert attributions(text) == [("Kestrel", "reported"), ("Kestrel", "said")]


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Foods agreed to buy Bay Farms last year. Sales rose 5 percent in the third quarter, Bay Farms reported "
        "on Tuesday. The company said demand for frozen meals was strong.",
        "Kestrel Foods agreed to buy Bay Farms last year. As Bay Farms reported last week, sales rose 5 percent in the "
        "third quarter. The company said demand for frozen meals was strong.",
    ],
)
def test_a_company_reporting_its_own_results_after_them_is_no_outlet(text):
    # a trailing "…, X reported" or an "as X reported" aside is also how a company reports its own results: only a
    # news outlet by what it is (a paper's name, a wire agency) is the story's source (GUIDE decision 4)
    assert attributions(text)[-1] == ("Bay Farms", "said")
