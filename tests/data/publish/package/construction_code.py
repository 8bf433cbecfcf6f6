import phasic
# builds the Kingman coalescent for n=5
