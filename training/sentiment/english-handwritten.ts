/**
 * Hand-written English sentences, project data written for Siaga: complaints, praise and neutral
 * statements about products, services, apps, deliveries, restaurants, banks, telcos and travel.
 * One sentence a line, prefixed `-` (negative), `0` (neutral) or `+` (positive).
 */
import type { LabelledText } from './sentiment-data';

const SENTENCES = `
- The package arrived three days late and the box was crushed.
- Customer service never answered my emails, very disappointing.
- The food was cold and tasted bland.
- Worst banking app I have ever used, it logs me out every five minutes.
- My internet has been down since yesterday and nobody can tell me why.
- The waiter was rude and ignored us for half an hour.
- I was charged twice for the same order and still no refund.
- The phone battery dies before lunch, what a waste of money.
- The hotel room was dirty and the bathroom smelled awful.
- The driver cancelled my ride after I waited twenty minutes.
- This update broke everything, the app keeps crashing.
- Signal is terrible in my area, calls drop all the time.
- The shoes fell apart after two weeks.
- Overpriced and the portions are tiny.
- I ordered a blue shirt and got a red one in the wrong size.
- The courier marked my parcel as delivered but I never received it.
- The queue at the branch was ridiculous and only one teller was working.
- Their call center put me on hold for an hour and then hung up.
- The noodles were too salty and the soup was lukewarm.
- The seller lied about the condition of the item.
- My flight was delayed five hours with no explanation.
- The staff were unfriendly and unhelpful.
- I regret buying this laptop, it overheats constantly.
- The mobile data quota runs out way too fast, feels like a scam.
- Login fails every time I try to pay, so frustrating.
- The screen cracked on the first day, poor quality.
- Nobody at the store knew anything about the product.
- The coffee was bitter and the cake was stale.
- The transfer failed but the money was deducted from my balance.
- I will never shop here again.
- The room was noisy and the air conditioner did not work.
- Such a slow website, pages take forever to load.
- The product looks nothing like the pictures, very misleading.
- The delivery guy was careless and the glass was broken.
- I am so annoyed with this service, nothing works as promised.
- They keep sending me spam messages I never asked for.
- The hidden fees on my bill are unacceptable.
- The chicken was undercooked, I got sick afterwards.
- Terrible experience, the manager did not even apologise.
- The app is full of bugs and the support team does not care.
- The headphones stopped working after a month.
- The fabric is thin and cheap, not worth the price.
- It took two weeks to ship a small item.
- The card was blocked without any notice.
- The restaurant was crowded, dirty and the music was too loud.
- The train was late again and packed like sardines.
- I was promised a callback that never came.
- They charged me for a subscription I cancelled.
- The taste is disgusting, I threw it away.
- This is the third time my order was wrong.
- The charger does not fit and the cable is flimsy.
- The service has gone downhill, it used to be good.
- Poor packaging, half the cookies were crushed.
- The parking was a nightmare and the security guard was rude.
- I feel cheated, the discount was fake.
- The installation technician never showed up.
- Support keeps giving me the same useless copy-paste answers.
- Bad experience overall, would not recommend.
- The rice was hard and the curry had no flavour.
- The camera quality is awful in low light.
- My complaint was ignored for a month.
- The electricity went out three times today, this is ridiculous.
- The roads are flooded again and nobody fixes the drains.
- The loan process was complicated and the officer was arrogant.
- My account was hacked and the bank did nothing.
- The water tastes like rust.
- The printer jams every few pages.
- The mattress was uncomfortable and I could not sleep.
- Not happy with the service at all.
- The food took an hour to arrive and it was wrong.
- The app drains my battery and slows down my phone.
- The refund process is a mess.
- The customer service agent hung up on me.
- This brand used to be reliable but not anymore.
- The promo code did not work and they refused to honour it.
- The shirt shrank after one wash.
- The cinema seats were broken and sticky.
- I am disappointed with the quality of this blender.
- The sound is distorted at high volume.
- The driver drove recklessly and I felt unsafe.
- The pizza was burnt and greasy.
- The hotel staff were lazy and slow to help.
- It is a total rip-off.
- The connection is unstable during video calls.
- I hate how many ads this app shows.
- The checkout keeps failing with an error.
- The tour guide was late and seemed bored.
- The vegetables were not fresh.
- The warranty claim was rejected for no reason.
- The gym is always crowded and the machines are broken.
- My parcel was lost and the courier blames the seller.
- The clinic made us wait three hours.
- They sold my data to advertisers, shameful.
- The delivery fee is more expensive than the food.
- Worst purchase this year.
- The new design is confusing and ugly.
- The bus never came and the schedule was wrong.
- The room smelled of cigarettes.
- The seller was slow to respond and impolite.
- My order was cancelled without explanation.
+ The food was delicious and the portions were generous.
+ Fast delivery, the package arrived well packed.
+ The staff were friendly and very helpful.
+ Great app, easy to use and never crashes.
+ The customer service solved my problem in minutes.
+ I love this phone, the battery lasts all day.
+ Highly recommended, excellent quality for the price.
+ The hotel was clean, comfortable and quiet.
+ The driver was polite and arrived on time.
+ Best coffee in town, I come here every morning.
+ The internet is fast and stable since the upgrade.
+ Very satisfied with my purchase.
+ The waiter was attentive and the service was quick.
+ The shoes are comfortable and look great.
+ The bank processed my loan quickly and clearly.
+ Amazing experience, we will definitely come back.
+ The seller responded fast and was very honest.
+ Affordable prices and tasty food.
+ The new update made the app much smoother.
+ The room had a beautiful view of the beach.
+ The courier was friendly and careful with the parcel.
+ The product matches the description perfectly.
+ The support team was patient and professional.
+ Good value for money.
+ The noodles were tasty and the broth was rich.
+ I am happy with the service, thank you.
+ The cake was soft and not too sweet.
+ The transfer was instant and free.
+ Excellent signal even in the mountains.
+ The laptop is fast and the screen is gorgeous.
+ The flight was on time and the crew were lovely.
+ The refund came back within two days, impressive.
+ The store was tidy and well organised.
+ The fabric is soft and the stitching is neat.
+ Wonderful atmosphere and great music.
+ Thank you for the quick response, problem solved.
+ The checkout process is simple and secure.
+ My kids loved the playground and the food.
+ The technician was punctual and fixed everything.
+ The spicy chicken is my favourite.
+ Packaging was neat and the item arrived safely.
+ Prices are reasonable and the staff are welcoming.
+ Smooth transaction, trusted seller.
+ The camera takes stunning photos.
+ The train was clean and comfortable.
+ I really enjoyed the show, the actors were brilliant.
+ Reliable service, never had any problems.
+ The app design is clean and intuitive.
+ The pizza was crispy and full of flavour.
+ Great customer care, they called me back the same day.
+ I am impressed with the build quality.
+ Delivery was faster than expected.
+ The doctor was kind and explained everything clearly.
+ The coffee beans are fresh and fragrant.
+ Super friendly staff and a cosy place.
+ The headphones sound amazing.
+ The promo was real and I saved a lot.
+ Easy to install and works perfectly.
+ They replaced the broken item without any hassle.
+ The hotel breakfast was excellent.
+ My package was handled with care, thanks.
+ The bank staff were patient with my questions.
+ The new menu is fantastic.
+ I would buy from this shop again.
+ The printer is quiet and fast.
+ The mattress is so comfortable, I sleep better now.
+ The tour guide was funny and knowledgeable.
+ The soup was warm and comforting.
+ Their service keeps getting better.
+ Top quality product, five stars.
+ The gym is clean and the trainers are helpful.
+ The driver helped me with my luggage, very kind.
+ The seller included a free gift, so nice.
+ Honest reviews and genuine products.
+ The bus arrived on schedule and the driver was polite.
+ The clinic was efficient and the nurses were friendly.
+ The fried rice was perfect.
+ The data package is cheap and the speed is great.
+ The dress fits perfectly.
+ I am very pleased with the result.
+ Love the new features in this version.
+ The blender is powerful and easy to clean.
+ Great place for families.
+ The installation was quick and tidy.
+ Everything went smoothly from order to delivery.
+ The room was spacious and the bed was comfortable.
+ The sound quality is clear even at high volume.
+ I feel safe using this banking app.
+ The vegetables were fresh and crunchy.
+ Fantastic value, I got more than I paid for.
+ The manager personally apologised and fixed the issue, great service.
+ The cinema was comfortable and the sound was great.
+ Beautiful packaging, perfect as a gift.
+ The complaint was handled quickly and fairly.
+ Quick and friendly service as always.
+ It works exactly as advertised.
+ The food here never disappoints.
+ Nice and helpful staff at the counter.
+ The new branch is modern and comfortable.
0 The package is scheduled to arrive on Monday.
0 I ordered a blue shirt in size medium.
0 The restaurant opens at ten in the morning.
0 How do I change my account password?
0 The bank branch is closed on public holidays.
0 The app update is available on both Android and iOS.
0 Our office is on the third floor.
0 I paid with a credit card.
0 The flight to Bali leaves at seven.
0 Is delivery available to my area?
0 The store will move to a new location next month.
0 The package contains two items.
0 Please send me the invoice by email.
0 The menu has rice, noodles and soup.
0 The price of the plan is one hundred thousand rupiah a month.
0 I am going to the mall this afternoon.
0 The courier will call before delivery.
0 What time does the branch open on Saturday?
0 The phone comes in black and white.
0 I transferred the money yesterday evening.
0 The meeting with the provider is on Friday.
0 The hotel is near the airport.
0 The new feature lets you split bills with friends.
0 My order number is in the confirmation message.
0 The train stops at five stations.
0 The company announced a new product line today.
0 The seller ships from Jakarta.
0 I usually take the bus to work.
0 The warranty covers one year.
0 The restaurant accepts cash and cards.
0 The internet package includes a TV channel bundle.
0 Customers can return items within seven days.
0 The laptop has sixteen gigabytes of memory.
0 I need to update my address.
0 The store is located next to the bank.
0 Our team will review the report next week.
0 The app asks for location access.
0 The coffee shop sells tea and pastries too.
0 Is there parking at the venue?
0 The minister visited the factory on Tuesday.
0 The promotion runs until the end of the month.
0 My flight was rescheduled to the evening.
0 I am comparing two phone plans.
0 The bank sent a code to my phone.
0 The item is out of stock for now.
0 The delivery is handled by a third party courier.
0 The clinic accepts walk-in patients.
0 I bought this as a gift for my sister.
0 The shop has branches in three cities.
0 The customer service number is on the website.
0 The government will announce the new fuel price tomorrow.
0 The bus route changed this week.
0 We ordered fried rice and iced tea.
0 The card can be used abroad.
0 The hotel offers airport pickup.
0 There are two versions of the product.
0 I will try the new branch next week.
0 The package weighs about two kilograms.
0 The operator is upgrading its network in the east.
0 The app works on tablets as well.
0 Please confirm whether my payment has been received.
0 The store closes at nine at night.
0 I have been a customer since last year.
0 The manager will be back tomorrow.
0 The event starts at four in the afternoon.
0 The product is made in Indonesia.
0 The seller offers cash on delivery.
0 The restaurant is on the second floor of the mall.
0 My brother works at the bank.
0 The refund will be processed according to the policy.
0 The book has three hundred pages.
0 I watched the movie with my friends on Sunday.
0 The shuttle runs every thirty minutes.
0 Do you have this in a larger size?
0 The new tariff applies from next month.
0 The driver is on the way.
0 The hotel has a pool and a gym.
0 I usually order lunch through the app.
0 The form asks for my ID number.
0 The company released its annual report.
0 The courier picked up the parcel this morning.
0 The cafe has indoor and outdoor seating.
0 The account statement is sent monthly.
0 The phone was launched last year.
0 There is a queue number system at the branch.
0 The delivery address can be changed before shipping.
0 The store sells electronics and furniture.
0 The school holiday starts next week.
0 The app has a dark mode setting.
0 The package is still in transit.
0 The restaurant serves Padang food.
0 My order has been confirmed.
0 The bank updated its terms and conditions.
0 The flight includes twenty kilograms of baggage.
0 What is the difference between the two plans?
0 The mall has a new cinema on the top floor.
0 The price includes tax.
0 I will pick up the order myself.
0 The operator sends a notification when the quota is low.
0 The seller asked for my phone number.
0 The hotel check-in time is two in the afternoon.
`;

const LABELS = { '-': 'negative', '0': 'neutral', '+': 'positive' } as const;

export function loadHandwrittenEnglish(): LabelledText[] {
  return SENTENCES.split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const label = LABELS[line[0] as keyof typeof LABELS];
      if (!label) throw new Error(`handwritten English: bad line ${line}`);
      return { text: line.slice(2).trim(), label };
    });
}
